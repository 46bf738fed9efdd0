"""Video: transcript providers, caption files, ASR-robust name matching in captions, moments."""
