# England: the 2023 consultation proposed microneedling as "green" (any licensed practitioner meeting standards,
# local-authority licence). No licensing scheme is in force yet, the per-procedure classification is not final, and
# the law sets no age limit.
id = GB-ENG
name = England, United Kingdom

[version 2026-12]
validFrom = 1900-01-01
source = DHSC consultation 2 Sep 2023 and response 7 Aug 2025 (gov.uk)
lastChecked = 2026-12-01
note = No licensing scheme in force; "green" for microneedling is a proposal and a further consultation is promised. No depth limit and no age limit in law found. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
