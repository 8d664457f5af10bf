// Each test class starts its own host (stores, start-up load, Hangfire server, analytics refresh); run side by side
// on two cores they starve each other's background jobs, so the classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
