"""Retention insights: lapsed, won back, churn, designers, the win-back list."""
