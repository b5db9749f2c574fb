/**
 * The patient as screened: skin type, pregnancy and breastfeeding, conditions, medications, allergies, recent
 * procedures and implants. {@code null} answers are unknown; {@code null} lists were not reviewed.
 */
package org.needlesafe.patient;
