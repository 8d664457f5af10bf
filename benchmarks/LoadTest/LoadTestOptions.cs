using System.Globalization;

namespace Safeguarding.Analytics.Benchmarks.LoadTest;

/// <summary>
/// What the load test is asked to do: the service's address, how many board members browse and for how long, whose
/// account they sign in with, and optionally a file to drop into the service's inbox part-way through so that the run
/// also measures the service while an ingest job runs.
/// </summary>
internal sealed record LoadTestOptions
{
    public required Uri Url { get; init; }

    public int Users { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Users start one after another over this time, as people arriving, not all in the same millisecond.</summary>
    public TimeSpan RampUp { get; init; } = TimeSpan.FromSeconds(5);

    public string UserName { get; init; } = "board.member";

    public required string Password { get; init; }

    /// <summary>Think time between two views: drawn evenly between these, from a seeded random source per user.</summary>
    public TimeSpan ThinkMin { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ThinkMax { get; init; } = TimeSpan.FromSeconds(2);

    public int Seed { get; init; } = 20261128;

    /// <summary>Also read the JSON API behind each view (series, compare, the register), as an API client beside the page would.</summary>
    public bool Api { get; init; }

    /// <summary>The area the JSON API is read for: the partnership's home area unless told otherwise.</summary>
    public string Area { get; init; } = "E06000019";

    public string? IngestFile { get; init; }

    public string? Inbox { get; init; }

    public TimeSpan IngestAt { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long past the planned end the run keeps going for a dropped file's job to finish.</summary>
    public TimeSpan IngestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public string Output { get; init; } = "load-test-results.json";

    public static string Usage { get; } =
        "load-test --url http://127.0.0.1:5080 [--users 50] [--seconds 60] [--ramp 5] [--user board.member] --password PASSWORD " +
        "[--think-ms 500-2000] [--seed N] [--api [--area E06000019]] [--ingest-file PATH --inbox DIR [--ingest-at 15] [--ingest-timeout 300]] [--out results.json]" +
        Environment.NewLine + "The password may instead be given in the environment variable SGA_LOAD_PASSWORD.";

    /// <summary>Reads the command line; a mistake is an <see cref="ArgumentException"/> naming the option and what it wants.</summary>
    public static LoadTestOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{name}' is not an option; options start with --.");
            }

            if (name == "--api")
            {
                flags.Add(name);
            }
            else if (i + 1 < args.Count)
            {
                values[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"{name} needs a value.");
            }
        }

        var known = new[] { "--url", "--users", "--seconds", "--ramp", "--user", "--password", "--think-ms", "--seed", "--area", "--ingest-file", "--inbox", "--ingest-at", "--ingest-timeout", "--out" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new ArgumentException($"{unknown} is not an option of the load test.");
        }

        var password = values.GetValueOrDefault("--password") ?? Environment.GetEnvironmentVariable("SGA_LOAD_PASSWORD");
        if (!values.TryGetValue("--url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            throw new ArgumentException("--url is needed: the service's address, such as http://127.0.0.1:5080.");
        }

        if (string.IsNullOrEmpty(password))
        {
            throw new ArgumentException("--password (or SGA_LOAD_PASSWORD) is needed: the password of the account the board members sign in with.");
        }

        var options = new LoadTestOptions
        {
            Url = address,
            Password = password,
            Users = Whole(values, "--users", 50, 1, 1000),
            Duration = TimeSpan.FromSeconds(Whole(values, "--seconds", 60, 1, 86_400)),
            RampUp = TimeSpan.FromSeconds(Whole(values, "--ramp", 5, 0, 3_600)),
            UserName = values.GetValueOrDefault("--user") ?? "board.member",
            Seed = Whole(values, "--seed", 20261128, int.MinValue, int.MaxValue),
            Api = flags.Contains("--api"),
            Area = values.GetValueOrDefault("--area") ?? "E06000019",
            IngestFile = values.GetValueOrDefault("--ingest-file"),
            Inbox = values.GetValueOrDefault("--inbox"),
            IngestAt = TimeSpan.FromSeconds(Whole(values, "--ingest-at", 15, 0, 86_400)),
            IngestTimeout = TimeSpan.FromSeconds(Whole(values, "--ingest-timeout", 300, 1, 86_400)),
            Output = values.GetValueOrDefault("--out") ?? "load-test-results.json",
        };
        if (values.TryGetValue("--think-ms", out var think))
        {
            var parts = think.Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var min) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var max) || min < 0 || max < min)
            {
                throw new ArgumentException($"--think-ms wants a range of milliseconds such as 500-2000, not '{think}'.");
            }

            options = options with { ThinkMin = TimeSpan.FromMilliseconds(min), ThinkMax = TimeSpan.FromMilliseconds(max) };
        }

        if ((options.IngestFile is null) != (options.Inbox is null))
        {
            throw new ArgumentException("--ingest-file and --inbox go together: the file to drop and the service's inbox folder.");
        }

        if (options.IngestFile is { } file && !File.Exists(file))
        {
            throw new ArgumentException($"--ingest-file {file} does not exist.");
        }

        return options;
    }

    private static int Whole(Dictionary<string, string> values, string name, int fallback, int min, int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} wants a whole number from {min} to {max}, not '{text}'.");
    }
}
