DROP TABLE news_consents;
