/**
 * Running as a cluster: identical nodes sharing one database. The engine's schema comes from
 * Camunda's own scripts through Flyway ({@link EngineSchemaMigration}), Flyway runs before the
 * process engine starts ({@link ProcessEngineAfterFlyway}), and each node can carry a name of its
 * own in the job log and on the jobs it locks ({@link NodeIdentityPlugin}). The job executor and
 * history cleanup settings are in {@code application-postgres.yaml}; the README explains the sizing.
 */
package vn.gov.plans.cluster;
