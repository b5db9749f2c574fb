/** Who performs the treatment: credential, microneedling training, supervision, experience. */
package org.needlesafe.practitioner;
