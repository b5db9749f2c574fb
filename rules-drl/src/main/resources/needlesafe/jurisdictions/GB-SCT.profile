# Scotland: microneedling is Group 1 (premises and practitioner licence; non-healthcare professionals allowed).
# Group 1 excludes procedures where a product passes through the needles, so PRP is kept to medical settings.
id = GB-SCT
version = 2026-11
name = Scotland, United Kingdom
source = Scottish Government consultation background paper (Annex A) and 2025 response (gov.scot); clearhq.org
note = Microneedling with PRP or other products may be outside Group 1 (an inference). Verify against current law.
minimumAgeYears = 18
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
