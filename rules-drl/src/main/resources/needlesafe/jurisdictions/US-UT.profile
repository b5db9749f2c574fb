# Utah: a master esthetician may microneedle without supervision to 1.5 mm; deeper needs supervision
# (clause (ii), read only in part). The rule covers master estheticians only.
id = US-UT
version = 2026-11
name = Utah, United States
source = Utah Admin Code R156-11a-611(5)
note = AmSpa (2023) describes Utah as treating microneedling as medical treatment needing supervision; this looks like a conflict. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
unsupervised.MASTER_ESTHETICIAN = 1.5
supervised.MASTER_ESTHETICIAN = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
