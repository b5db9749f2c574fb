#!/usr/bin/env python3
"""Writes the built-in VSAC-derived mapping tables of the CDS Hooks service from published ValueSet expansions.

    python3 cds-hooks/terminology/vsac-tables.py VALUESET_DIR

VALUESET_DIR holds FHIR ValueSet resources (or Bundles of them) with their expansions, as the NLM Value Set
Authority Center (VSAC) publishes them; the built-in tables were made from the CMS eCQM content for the 2024
reporting year (github.com/cqframework/ecqm-content-qicore-2024, bundles/measure/*/valuesets-*-bundle.json,
expansions dated 2024-12-16). Only the value sets named below are read; each row cites its value set by OID.

Conditions and procedures: the SNOMED CT codes of each value set (ICD-10-CM is read by prefix in the service).
Medications: the RxNorm codes of each value set; the needlesafe code comes from the value set itself when the whole
set is one kind (IMMUNOSUPPRESSANT, CHEMOTHERAPY, ISOTRETINOIN), or from the ingredient the RxNorm name carries
(medication-ingredients.tsv) for the mixed antithrombotic sets. Codes the hand-written tables already map are left
out; a code in several sets cites each.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.join(HERE, '..', 'src', 'main', 'resources', 'needlesafe', 'fhir')
SNOMED = 'http://snomed.info/sct'
RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm'

CONDITIONS = [  # (OID, needlesafe code, or None: by name (skin cancer) else the default)
    ('2.16.840.1.113883.3.464.1003.103.12.1001', 'DIABETES'),
    ('2.16.840.1.113883.3.464.1003.103.12.1020', 'DIABETES'),
    ('2.16.840.1.113883.3.464.1003.120.12.1003', 'IMMUNOSUPPRESSION'),  # HIV
    ('2.16.840.1.113883.3.666.5.1940', 'IMMUNOSUPPRESSION'),  # Immunocompromised Conditions
    ('2.16.840.1.113883.3.464.1003.120.12.1007', 'IMMUNOSUPPRESSION'),  # Severe Combined Immunodeficiency
    ('2.16.840.1.113883.3.526.3.1010', 'CANCER'),  # Cancer
    ('2.16.840.1.113762.1.4.1111.161', 'CANCER'),  # All Primary and Secondary Cancer
    ('2.16.840.1.113883.3.464.1003.108.12.1001', 'CANCER'),  # Malignant Neoplasm of Colon
    ('2.16.840.1.113883.3.464.1003.108.12.1009', 'CANCER'),  # Malignant Neoplasm of Lymphatic and Hematopoietic Tissue
]
SCREENING = [
    ('2.16.840.1.113883.3.526.3.378', 'PREGNANT'),  # Pregnancy
    ('2.16.840.1.113883.3.3157.4055', 'PREGNANT'),  # Pregnant State
    ('2.16.840.1.113762.1.4.1047.73', 'BREASTFEEDING'),  # Breastfeeding
]
PROCEDURES = [
    ('2.16.840.1.113883.3.3157.4056', 'SURGERY'),  # Major Surgical Procedure
    ('2.16.840.1.113883.3.117.1.7.1.255', 'SURGERY'),  # General Surgery
    ('2.16.840.1.113883.3.526.3.371', 'SURGERY'),  # Cardiac Surgery
    ('2.16.840.1.113883.3.666.5.694', 'SURGERY'),  # CABG Surgeries
    ('2.16.840.1.113883.3.117.1.7.1.257', 'SURGERY'),  # Gynecological Surgery
    ('2.16.840.1.113883.3.117.1.7.1.272', 'SURGERY'),  # Urological Surgery
    ('2.16.840.1.113883.3.117.1.7.1.259', 'SURGERY'),  # Hip Replacement Surgery
    ('2.16.840.1.113883.3.117.1.7.1.261', 'SURGERY'),  # Knee Replacement Surgery
    ('2.16.840.1.113883.3.117.1.7.1.260', 'SURGERY'),  # Intracranial Neurosurgery
    ('2.16.840.1.113762.1.4.1248.251', 'SURGERY'),  # Head, Neck, and Thoracic Surgeries with High Risk Airway Compromise
    ('2.16.840.1.113883.3.526.3.1026', 'RADIOTHERAPY'),  # Radiation Treatment Management
]
MEDICATIONS = [
    ('2.16.840.1.113883.3.117.1.7.1.200', None),  # Anticoagulant Therapy
    ('2.16.840.1.113762.1.4.1248.22', None),  # Anticoagulants for All Indications
    ('2.16.840.1.113883.3.3157.4045', None),  # Oral Anticoagulant Medications
    ('2.16.840.1.113883.3.117.1.7.1.232', None),  # Warfarin
    ('2.16.840.1.113883.3.117.1.7.1.218', None),  # Unfractionated Heparin
    ('2.16.840.1.113883.3.117.1.7.1.219', None),  # Low Molecular Weight Heparin for VTE Prophylaxis
    ('2.16.840.1.113762.1.4.1110.62', None),  # Antithrombotic Therapy for Ischemic Stroke
    ('2.16.840.1.113762.1.4.1151.32', 'IMMUNOSUPPRESSANT'),  # Immunosuppressive Drugs for Urology Care
    ('2.16.840.1.113762.1.4.1151.60', 'CHEMOTHERAPY'),  # Chemotherapy Agents for Advanced Cancer
    ('2.16.840.1.113883.3.464.1003.196.12.1143', 'ISOTRETINOIN'),  # Isotretinoin
]


def value_sets(folder):
    found = {}
    for path in glob.glob(os.path.join(folder, '**', '*.json'), recursive=True):
        with open(path, encoding='utf-8') as f:
            try:
                doc = json.load(f)
            except ValueError:
                continue
        resources = [e.get('resource', {}) for e in doc.get('entry', [])] if doc.get('resourceType') == 'Bundle' else [doc]
        for vs in resources:
            if vs.get('resourceType') != 'ValueSet' or 'expansion' not in vs:
                continue
            oid = vs.get('url', '').rsplit('/', 1)[-1]
            if len(vs['expansion'].get('contains', [])) >= len(found.get(oid, {}).get('expansion', {}).get('contains', [])):
                found[oid] = vs
    return found


def mapped_codes(table):
    codes = set()
    with open(os.path.join(TABLES, table + '.tsv'), encoding='utf-8') as f:
        for line in f:
            columns = line.rstrip('\n').split('\t')
            if len(columns) == 5 and not line.startswith('#'):
                codes.add((columns[0], columns[1]))
    return codes


def ingredient_names():
    names = []
    with open(os.path.join(TABLES, 'medication-ingredients.tsv'), encoding='utf-8') as f:
        for line in f:
            columns = line.rstrip('\n').split('\t')
            if len(columns) == 3 and not line.startswith('#') and columns[0] != 'ingredient':
                names.append((columns[0].lower(), columns[1]))
    return names


def by_ingredient(display, names):
    text = re.sub(r'\[[^\]]*\]', ' ', display.lower())
    found = {target for name, target in names if re.search(r'(?<![a-z])' + re.escape(name) + r'(?![a-z])', text)}
    return sorted(found)


def cite(vs):
    return 'VSAC ' + vs['url'].rsplit('/', 1)[-1]


def titles(found, sets):
    return ''.join('#   VSAC %s: %s, version %s\n' % (oid, found[oid].get('title') or found[oid].get('name'),
                                                       found[oid].get('version')) for oid, _ in sets)


def write(table, header, rows, found, sets):
    path = os.path.join(TABLES, table + '.tsv')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        f.write('# Value sets read:\n' + titles(found, sets))
        f.write('system\tcode\tdisplay\tneedlesafe\tsource\n')
        for (system, code, target), (display, sources) in sorted(rows.items()):
            f.write('%s\t%s\t%s\t%s\t%s\n' % (system, code, display.replace('\t', ' '), target, '; '.join(sources)))
    print('%s: %d rows' % (path, len(rows)), file=sys.stderr)


def collect(found, sets, system, skip, classify):
    rows = {}
    for oid, default in sets:
        vs = found.get(oid)
        if vs is None:
            sys.exit('value set %s not found' % oid)
        for c in vs['expansion'].get('contains', []):
            if c.get('system') != system or (system, c['code']) in skip:
                continue
            for target in classify(c, default):
                entry = rows.setdefault((system, c['code'], target), (c.get('display', ''), []))
                if cite(vs) not in entry[1]:
                    entry[1].append(cite(vs))
    return rows


HEADER = ('# GENERATED by cds-hooks/terminology/vsac-tables.py: do not edit by hand (add rows to %s.tsv instead).\n'
          '# Source: NLM Value Set Authority Center (VSAC) expansions as published in the CMS eCQM content for the\n'
          '# 2024 reporting year (github.com/cqframework/ecqm-content-qicore-2024, expansions of 2024-12-16). Each row\n'
          '# names the value set(s) it comes from by OID, title and version. %s\n')


def main():
    found = value_sets(sys.argv[1])
    names = ingredient_names()

    def condition(c, default):
        if default == 'CANCER':
            # Skin cancers are C-11's (over the lesion); any other active cancer is read as C-10 (see the docs).
            text = c.get('display', '').lower()
            return ['SKIN_CANCER' if ('skin' in text or 'melanoma' in text) and 'metasta' not in text
                    else 'IMMUNOSUPPRESSION']
        return [default]

    write('conditions-vsac', HEADER % ('conditions', 'Active cancer other than of the skin reads as'
                                       ' IMMUNOSUPPRESSION (KB C-10), skin cancer and melanoma as SKIN_CANCER.'),
          collect(found, CONDITIONS, SNOMED, mapped_codes('conditions'), condition), found, CONDITIONS)
    write('condition-screening-vsac', HEADER % ('condition-screening', 'An active Condition answers the question yes.'),
          collect(found, SCREENING, SNOMED, mapped_codes('condition-screening'), lambda c, d: [d]), found, SCREENING)
    write('procedures-vsac', HEADER % ('procedures', ''),
          collect(found, PROCEDURES, SNOMED, mapped_codes('procedures'), lambda c, d: [d]), found, PROCEDURES)

    unmatched = []

    def medication(c, default):
        if default:
            return [default]
        targets = by_ingredient(c.get('display', ''), names)
        if not targets:
            unmatched.append(c.get('display'))
        return targets

    write('medications-vsac', HEADER % ('medications', 'Mixed antithrombotic sets: the needlesafe code of the'
                                         ' ingredient the RxNorm name carries (medication-ingredients.tsv).'),
          collect(found, MEDICATIONS, RXNORM, mapped_codes('medications'), medication), found, MEDICATIONS)
    for display in sorted(set(unmatched)):
        print('no screened ingredient, left out: ' + display, file=sys.stderr)


if __name__ == '__main__':
    main()
