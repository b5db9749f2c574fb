# Arizona: estheticians and cosmetologists to 0.5 mm with training; deeper work is medical.
id = US-AZ
version = 2026-11
name = Arizona, United States
source = legalclarity.org (secondary)
note = Secondary source only (one blog cites 75 hours of training). Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
unsupervised.ESTHETICIAN = 0.5
unsupervised.MASTER_ESTHETICIAN = 0.5
unsupervised.COSMETOLOGIST = 0.5
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
