# Florida: Rule 61G5-18.00015 defines microneedling (channels 0.25-2.5 mm) as beyond the cosmetologist and
# facial-specialist scope; using FDA-approved medical devices is "bodily intrusion".
id = US-FL
name = Florida, United States

[version 2026-11]
validFrom = 1900-01-01
source = Fla. Rule 61G5-18.00015, effective 20 Oct 2021 (ascpskincare.com)
lastChecked = 2026-11-01
note = Beyond cosmetologist and facial-specialist scope; blog claims of a route via a tattoo licence conflict with the rule. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
