# Arizona: estheticians and cosmetologists to 0.5 mm with training; deeper work is medical.
id = US-AZ
name = Arizona, United States

[version 2026-11]
validFrom = 1900-01-01
source = legalclarity.org (secondary)
lastChecked = 2026-11-01
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
