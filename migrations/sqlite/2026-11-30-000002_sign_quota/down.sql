DROP TABLE sign_quota;
