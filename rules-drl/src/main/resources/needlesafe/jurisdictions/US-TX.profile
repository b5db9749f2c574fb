# Texas: microneedling is the practice of medicine (TMB Rule 193.17); physicians may delegate to PAs, RNs and LVNs
# with supervision.
id = US-TX
version = 2026-11
name = Texas, United States
source = TMB Rule 193.17 (legalclarity.org, secondary)
note = Delegated practice needs a supervising physician. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
supervised.PHYSICIAN_ASSISTANT = any
supervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
supervised.LICENSED_PRACTICAL_NURSE = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
