"""Tables and business rules of Aftersales. Knows nothing of Qt or the client."""
