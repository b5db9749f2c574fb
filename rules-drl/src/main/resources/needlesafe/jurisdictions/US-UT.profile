# Utah: a master esthetician may microneedle without supervision to 1.5 mm; deeper needs supervision
# (R156-11a-611(5), clause (ii) read only in part). The rule covers master estheticians only. SB 330 (2025)
# restructured Title 58 chapter 11a: from 1 Jan 2026, 58-11a-302.18 keeps approved apparatus in master-esthetics scope
# and makes RF devices "cosmetic medical devices" needing supervision. RF microneedling stays physician-level in every
# version (knowledge base D-05's clinical floor), so supervision does not open it to a master esthetician.
id = US-UT
name = Utah, United States

[version 2026-11]
validFrom = 1900-01-01
source = Utah Admin Code R156-11a-611(5)
lastChecked = 2026-12-01
note = R156-11a-611(5) was current to Dec 2024. AmSpa's 2023 "medical treatment" note concerned a failed bill, so the rule stands. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
unsupervised.MASTER_ESTHETICIAN = 1.5
supervised.MASTER_ESTHETICIAN = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN

[version 2026-12]
validFrom = 2026-01-01
source = Utah Code 58-11a-302.18 (SB 330, 2025, from 1 Jan 2026); Utah Admin Code R156-11a-611(5)
lastChecked = 2026-12-01
note = SB 330 keeps approved apparatus in master-esthetics scope and makes RF devices cosmetic medical devices needing supervision; RF microneedling stays physician-level here (D-05's clinical floor). Whether R156-11a-611(5) (1.5 mm without supervision) was re-filed after SB 330 is unverified: verify. Verify against current law.
unsupervised.DERMATOLOGIST = any
unsupervised.PHYSICIAN = any
unsupervised.PHYSICIAN_ASSISTANT = any
unsupervised.NURSE_PRACTITIONER = any
supervised.REGISTERED_NURSE = any
unsupervised.MASTER_ESTHETICIAN = 1.5
supervised.MASTER_ESTHETICIAN = any
prp.settings = MEDICAL_CLINIC
rf.credentials = DERMATOLOGIST, PHYSICIAN
