// Hangfire keeps its configured storage in a static (JobStorage.Current): hosts started side by side in one process
// could pick up each other's storage and run each other's jobs, so the host tests run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
