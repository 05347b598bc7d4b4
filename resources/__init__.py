"""Icons, translations and style sheets shipped with Aftersales."""
