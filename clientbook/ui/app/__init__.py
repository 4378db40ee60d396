"""The application: start-up, the main window and its menus, one instance, crashes, About."""
