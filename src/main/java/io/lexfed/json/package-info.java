/**
 * JSON for scenarios and determinations: {@link io.lexfed.json.LexFedJson}. The records' field
 * names are the contract; reading rejects anything that does not fit it, naming the JSON path.
 */
package io.lexfed.json;
