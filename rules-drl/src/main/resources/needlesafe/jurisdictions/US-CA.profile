# California: microneedling pierces beyond the epidermis, which 16 CCR 991 bars for all Board of Barbering and
# Cosmetology licensees at any depth. Medical practitioners within their scope; nurses under delegation.
id = US-CA
name = California, United States

[version 2026-11]
validFrom = 1900-01-01
source = 16 CCR 991; BBC reminder 2016 (americanmedspa.org)
lastChecked = 2026-11-01
note = Prohibited for all BBC licensees (estheticians, cosmetologists). Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
