# New South Wales: by non-registered practitioners, derma-rolling is a notifiable skin-penetration procedure
# (sterile single-use needles, AS/NZS 4815, sharps; Public Health Regulation 2022); exempt when done by or under a
# registered health practitioner. Ahpra's guidelines for registered practitioners other than doctors (in effect
# 2 Sep 2025) add: a registered nurse needs at least 1 year of full-time general nursing experience before cosmetic
# procedures, and a patient under 18 a 7-day cooling-off period.
id = AU-NSW
name = New South Wales, Australia

[version 2026-11]
validFrom = 1900-01-01
source = NSW Health beauty-treatment fact sheet; NSW council skin-penetration pages
lastChecked = 2026-11-01
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

[version 2026-12]
validFrom = 2025-09-02
source = Ahpra guidelines for registered health practitioners who perform non-surgical cosmetic procedures, in effect 2 Sep 2025 (ahpra.gov.au); NSW Public Health Regulation 2022 (skin penetration); NSW Health beauty-treatment fact sheet
lastChecked = 2026-12-01
note = No depth limit found. A registered nurse needs 1 year of full-time general nursing experience (and cosmetic training); unknown experience counts as not enough. A patient under 18 waits 7 days after the consultation; the period is applied to every practitioner under this profile (the Medical Board's own rules for doctors were not read: verify). Suitability assessment includes BDD screening; whether nurses must use a validated tool is unverified. Non-registered practitioners need council notification unless they work under a registered health practitioner. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_PRACTICAL_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
supervised.ESTHETICIAN = any
supervised.MASTER_ESTHETICIAN = any
supervised.COSMETOLOGIST = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
generalNursingMinYears.REGISTERED_NURSE = 1
under18CoolingOffDays = 7
