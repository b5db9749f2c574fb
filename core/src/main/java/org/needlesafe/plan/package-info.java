/** The planned treatment: device, areas with their needle depths, topicals, anaesthetic, previous session. */
package org.needlesafe.plan;
