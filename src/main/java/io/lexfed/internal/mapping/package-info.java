/** Mapping from the public scenario records to the facts the rules match. Not API. */
package io.lexfed.internal.mapping;
