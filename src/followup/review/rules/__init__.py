"""Rule families, one module each; `followup.review.registry` lists them explicitly."""
