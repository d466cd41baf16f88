"""Presentation: answers written out for people (Word documents in 公文 format)."""
