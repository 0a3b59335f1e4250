DROP INDEX signatures_email;
