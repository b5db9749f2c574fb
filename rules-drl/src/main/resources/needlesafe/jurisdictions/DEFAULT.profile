# A conservative profile for places without one of their own: medical practitioners only, nurses only under a
# supervising physician, no non-medical practitioners, adults only.
id = DEFAULT
name = Default (conservative, no specific jurisdiction)

[version 2026-11]
validFrom = 1900-01-01
source = D-04 "US generally" (medspastandards, secondary); the narrowest of the profiled jurisdictions
lastChecked = 2026-11-01
note = Conservative default. Verify against current law in your jurisdiction and add a profile of its own.
minimumAgeYears = 18
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
supervised.PHYSICIAN_ASSISTANT = any
supervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = 1.5
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
