# England: the 2023 consultation proposed microneedling as "green" (any licensed practitioner meeting standards,
# local-authority licence). The per-procedure classification is not final.
id = GB-ENG
version = 2026-11
name = England, United Kingdom
source = DHSC consultation 2 Sep 2023 and response 7 Aug 2025 (gov.uk)
note = Licensing scheme and per-procedure classification still to be finalised; no depth limit found. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
