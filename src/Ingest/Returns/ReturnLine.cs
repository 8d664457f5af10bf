using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// A valid row of a return, as the observation it will be stored as, with the row it came from and the agency's note
/// on it (null when the note is blank).
/// </summary>
public readonly record struct ReturnLine(int Row, Observation Observation, string? Note = null);
