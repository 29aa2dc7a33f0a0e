// Runs once, when the database volume is new: the app's own user may read and write the touchbase database only.
db.getSiblingDB('admin').createUser({
  user: process.env.TOUCHBASE_DB_USER,
  pwd: process.env.TOUCHBASE_DB_PASSWORD,
  roles: [{ role: 'readWrite', db: 'touchbase' }]
});
