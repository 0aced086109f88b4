/** Assembly of the determination: reasons, findings, overrides, missing facts, citations and wording. Not API. */
package io.lexfed.internal.explain;
