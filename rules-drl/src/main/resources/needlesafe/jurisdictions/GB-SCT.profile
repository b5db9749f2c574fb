# Scotland. Two laws of 2026 replace the earlier "Group 1" reading:
# - the Licensing of Non-surgical Procedures Order 2026 (SSI 2026/87): microneedling needs a local-authority licence
#   from 6 Sep 2027 (version 2027-09: licensed premises or a medical clinic);
# - the Non-surgical Procedures and Functions of Medical Reviewers (Scotland) Act 2026 (asp 13): Schedule 1 allows RF
#   microneedling at any depth and other microneedling at 1.5 mm or deeper only on permitted premises and never under
#   18 (version act-2026), from a commencement date not yet set.
# Until those dates no Scottish licensing regime applies. The minimum age of 18 is kept for all microneedling in every
# version, a conservative choice.
#
# Setting the Act's start: copy this file, set validFrom of version act-2026 to the commencement date once the
# commencement regulations are made, and load the copy (--profile or jurisdictionProfile(path)); it replaces this one.
# Version act-2026 includes the Order's licence and is written for a commencement on or after 6 Sep 2027. If the Act
# commences earlier, move version act-2026 above version 2027-09, give it validUntil = 2027-09-05, and add its
# restricted.* lines to version 2027-09 as well: start-up refuses versions out of date order.
id = GB-SCT
name = Scotland, United Kingdom

[version 2026-12]
validFrom = 1900-01-01
source = Scottish Government consultation background paper (Annex A) and 2025 response (gov.scot); Licensing of Non-surgical Procedures Order 2026 (SSI 2026/87) and Non-surgical Procedures and Functions of Medical Reviewers (Scotland) Act 2026 (asp 13), not yet in force
lastChecked = 2026-12-01
note = No Scottish licensing regime applies before the Order's licence (6 Sep 2027) and the Act's commencement. The minimum age of 18 is a conservative choice. Verify against current law.
minimumAgeYears = 18
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN

[version 2027-09]
validFrom = 2027-09-06
source = Licensing of Non-surgical Procedures Order 2026 (SSI 2026/87), licence from 6 Sep 2027
lastChecked = 2026-12-01
note = Microneedling only under a local-authority licence: on licensed premises (or in a medical clinic). Verify that the Order's schedule lists microneedling, and whether healthcare professionals are exempt. The Act's restricted procedures are not in force until its commencement (version act-2026). Verify against current law.
minimumAgeYears = 18
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
settings = MEDICAL_CLINIC, LICENSED_PREMISES

[version act-2026]
# The commencement date is not yet set: this version applies on no date until a clinic sets validFrom in its copy.
validFrom = not yet set
source = Non-surgical Procedures and Functions of Medical Reviewers (Scotland) Act 2026 (asp 13), Schedule 1 (legislation.gov.uk/asp/2026/13); Licensing of Non-surgical Procedures Order 2026 (SSI 2026/87)
lastChecked = 2026-12-01
note = Part 1 applies from a commencement date not yet found: verify, and set validFrom in your own copy of this profile. RF microneedling at any depth and other microneedling at 1.5 mm or deeper only on permitted premises (HIS-registered clinics run by a listed prescriber, certain NHS premises, pharmacies; never private homes), read here as MEDICAL_CLINIC: check that yours qualifies. Never under 18. Injecting through microneedles is an injectable procedure, and a prescribed anaesthetic makes a procedure restricted: neither is modelled, verify. Topical PRP is treated as restricted (topicalPrpRestricted, a judgement). Verify against current law.
minimumAgeYears = 18
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
unsupervised.REGISTERED_NURSE = any
unsupervised.LICENSED_AESTHETIC_PRACTITIONER = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
settings = MEDICAL_CLINIC, LICENSED_PREMISES
restricted.fromDepthMm = 1.5
restricted.rf = true
restricted.settings = MEDICAL_CLINIC
