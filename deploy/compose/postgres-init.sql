-- One database per service. Runs once, when the postgres-data volume is empty.
CREATE DATABASE ticket;
CREATE DATABASE routing;
CREATE DATABASE qa;
CREATE DATABASE reporting;
