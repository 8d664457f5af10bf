using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Jobs;

/// <summary>
/// The watched folder and its sub-folders: files are dropped at the top; a comparator file waits in
/// <c>processing/</c> for its job; taken files end in <c>processed/</c>, refused ones in <c>failed/</c> with a
/// <c>.error.txt</c> note beside them. Moved files get a UTC time prefix so names never collide.
/// </summary>
public sealed class Inbox
{
    public Inbox(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Root = Path.GetFullPath(path);
    }

    public string Root { get; }

    public string Processing => Path.Combine(Root, "processing");

    public string Processed => Path.Combine(Root, "processed");

    public string Failed => Path.Combine(Root, "failed");

    /// <summary>Files at the top of the inbox that have settled: not hidden, not an editor's lock file, unchanged lately.</summary>
    public IReadOnlyList<FileInfo> SettledFiles(TimeSpan settle, DateTime utcNow)
    {
        var root = new DirectoryInfo(Root);
        if (!root.Exists)
        {
            root.Create();
            return [];
        }

        return [.. root.EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && !f.Name.StartsWith("~$", StringComparison.Ordinal))
            .Where(f => utcNow - f.LastWriteTimeUtc >= settle)
            .OrderBy(f => f.LastWriteTimeUtc)];
    }

    /// <summary>Moves a file into a sub-folder under a time-stamped name; returns the new path.</summary>
    public static string MoveTo(string folder, string path, DateTime utcNow)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(path);
        var stamp = utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var target = Path.Combine(folder, name.StartsWith(stamp, StringComparison.Ordinal) ? name : $"{stamp}_{name}");
        File.Move(path, target, overwrite: false);
        return target;
    }

    /// <summary>Files a taken file once its job is done: under <c>processed/</c> when it loaded, else as failed with the reason.</summary>
    public void FileAway(string path, string? refusal, DateTime utcNow)
    {
        if (refusal is null)
        {
            MoveTo(Processed, path, utcNow);
        }
        else
        {
            Fail(path, refusal, utcNow);
        }
    }

    /// <summary>Moves a file to <c>failed/</c> and writes why beside it.</summary>
    public string Fail(string path, string reason, DateTime utcNow)
    {
        var target = MoveTo(Failed, path, utcNow);
        File.WriteAllText(target + ".error.txt", reason + Environment.NewLine);
        return target;
    }
}
