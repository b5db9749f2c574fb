# New South Wales: by non-registered practitioners, derma-rolling is a notifiable skin-penetration procedure
# (sterile single-use needles, AS/NZS 4815, sharps); exempt when done by or under a registered health practitioner.
id = AU-NSW
version = 2026-11
name = New South Wales, Australia
source = NSW Health beauty-treatment fact sheet; NSW council skin-penetration pages; Ahpra non-surgical guidelines (2 Sep 2025)
note = No depth limit found. Non-registered practitioners need council notification (skin-penetration licence) unless they work under a registered health practitioner (here: a supervising physician). Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_PRACTICAL_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
# Exempt from notification when done under a registered health practitioner (KB D-04).
supervised.ESTHETICIAN = any
supervised.MASTER_ESTHETICIAN = any
supervised.COSMETOLOGIST = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
