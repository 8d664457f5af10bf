using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Loading;

/// <summary>
/// A return's rows for a store to load while the file is still being checked: each row that passes goes on its way at
/// once, and when the whole file is checked, a file with any error fails the enumeration with
/// <see cref="ReturnHasErrorsException"/>, so the store never commits the load. Reading, checking and loading each
/// get a thread.
/// </summary>
public static class RowsWhileValidating
{
    /// <param name="validate">Checks the file, giving each row that passes to its argument; returns the whole answer.</param>
    /// <param name="number">Makes a passed row the observation to store (its version, say).</param>
    /// <param name="validated">Told the whole answer before the rows end, whether or not the file has errors.</param>
    public static IEnumerable<Observation> Of(
        Func<Action<ReturnLine>, ValidatedReturn> validate, Func<Observation, Observation> number, Action<ValidatedReturn> validated)
    {
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(validated);
        return Handover.Stream<Observation, ValidatedReturn>(
            accepted => validate(line => accepted(number(line.Observation))),
            result =>
            {
                validated(result);
                if (!result.IsValid)
                {
                    throw new ReturnHasErrorsException(result);
                }
            });
    }
}

/// <summary>Stops a load whose file turned out to have errors after some of its rows were on their way.</summary>
public sealed class ReturnHasErrorsException(ValidatedReturn validated)
    : Exception($"{validated?.FileName} has {validated?.ErrorCount} errors, so none of it is loaded.")
{
    public ValidatedReturn Validated { get; } = validated ?? throw new ArgumentNullException(nameof(validated));

    /// <summary>This exception where a store's failure came from it: a store may wrap it (an HTTP body that could not be sent).</summary>
    public static ReturnHasErrorsException? FoundIn(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is ReturnHasErrorsException errors)
            {
                return errors;
            }
        }

        return null;
    }
}
