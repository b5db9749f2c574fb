# Texas: microneedling is the practice of medicine; physicians may delegate to PAs, RNs and LVNs with supervision.
# The Medical Board's nonsurgical cosmetic rule moved from TMB Rule 193.17 to 22 TAC chapter 169 (about 169.25,
# effective about January 2025, taken here as 1 Jan 2025). Who may needle did not change; the citation did, and the
# delegating physician's name and licence number are now posted.
id = US-TX
name = Texas, United States

[version 2026-11]
validFrom = 1900-01-01
source = TMB Rule 193.17 (legalclarity.org, secondary)
lastChecked = 2026-11-01
note = Delegated practice needs a supervising physician. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
supervised.PHYSICIAN_ASSISTANT = any
supervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
supervised.LICENSED_PRACTICAL_NURSE = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN

[version 2026-12]
validFrom = 2025-01-01
source = 22 TAC chapter 169 (Texas Medical Board, nonsurgical cosmetic procedures; about 169.25; formerly TMB Rule 193.17)
lastChecked = 2026-12-01
note = Delegated practice needs a supervising physician; the delegating physician's name and licence number are posted and staff wear badges. The section number and the start (about January 2025, taken as 1 Jan 2025) are from secondary sources: verify. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
supervised.PHYSICIAN_ASSISTANT = any
supervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
supervised.LICENSED_PRACTICAL_NURSE = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
