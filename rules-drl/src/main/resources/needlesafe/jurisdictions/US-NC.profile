# North Carolina: the 2022 declaratory ruling puts microneedling with FDA-approved devices in esthetician and
# cosmetologist scope. A Board policy (undated) requires licensees using Class II devices, which aesthetic
# microneedling devices are (21 CFR 878.4430), to produce their supervising physician's name and licence number at
# inspection: an esthetician or cosmetologist microneedles only with a supervising physician on record. The policy is
# undated, so it is applied on every date. No depth is stated; a 1.0 mm limit appears only in a blog, taken here as the
# conservative line.
id = US-NC
name = North Carolina, United States

[version 2026-12]
validFrom = 1900-01-01
source = NC Board of Cosmetic Art Examiners declaratory ruling, 25 Jul 2022 (ascpskincare.com); Board policy on Class II devices (nccosmeticarts.com, undated)
lastChecked = 2026-12-01
note = FDA-approved devices only. Estheticians and cosmetologists need a supervising physician on record (name and licence number); an unknown one counts as not on record. The Board policy is undated and is applied on every date. The 1.0 mm limit is a conservative choice from a blog, not the ruling. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
supervised.ESTHETICIAN = 1.0
supervised.MASTER_ESTHETICIAN = 1.0
supervised.COSMETOLOGIST = 1.0
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
