"""The Follow-ups page: rewards to tell, promise record, designer share, retention."""
