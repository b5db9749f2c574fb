/**
 * Not API: helpers needlesafe's own modules share (the hand-edited key-value files of configuration and profiles).
 * The module descriptor exports this package only to those modules; it may change in any release.
 */
package org.needlesafe.internal;
