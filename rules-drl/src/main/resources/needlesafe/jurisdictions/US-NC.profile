# North Carolina: the 2022 declaratory ruling puts microneedling with FDA-approved devices in esthetician and
# cosmetologist scope. No depth is stated; a 1.0 mm limit appears only in a blog, taken here as the conservative line.
id = US-NC
version = 2026-11
name = North Carolina, United States
source = NC Board of Cosmetic Art Examiners declaratory ruling, 25 Jul 2022 (ascpskincare.com)
note = FDA-approved devices only. The 1.0 mm limit for estheticians and cosmetologists is a conservative choice from a blog, not the ruling. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
unsupervised.ESTHETICIAN = 1.0
unsupervised.MASTER_ESTHETICIAN = 1.0
unsupervised.COSMETOLOGIST = 1.0
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
