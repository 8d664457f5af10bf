using Google.OrTools.LinearSolver;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>
/// What an attacker can learn of a hidden count from published sums, worked out here independently of the service's
/// own audit: the least and greatest values it can take over non-negative whole numbers satisfying every sum, each by
/// a mixed-integer programme (OR-Tools' linear solver with CBC, not the CP-SAT feasibility checks the service uses).
/// Each sum is written as Σ coefficient × unknown = right-hand side, the published figures moved across.
/// </summary>
internal sealed class Attacker : IDisposable
{
    private const double Ceiling = 10_000_000;
    private readonly List<(Dictionary<string, int> Terms, long RightHandSide)> _sums = [];
    private readonly Dictionary<string, Variable> _variables = new(StringComparer.Ordinal);
    private Solver? _solver;

    /// <summary>A sum: the parts add up to the total; each known figure is a number, each hidden one a name.</summary>
    public void Sum(IEnumerable<Figure> parts, Figure total)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        long rightHandSide = 0;
        foreach (var part in parts)
        {
            if (part.Known is { } known)
            {
                rightHandSide -= known;
            }
            else
            {
                terms[part.Name] = terms.GetValueOrDefault(part.Name) + 1;
            }
        }

        if (total.Known is { } published)
        {
            rightHandSide += published;
        }
        else
        {
            terms[total.Name] = terms.GetValueOrDefault(total.Name) - 1;
        }

        // A published total smaller than the parts shown gives nothing exact (sources round): the attacker drops it.
        if (total.Known is not null && rightHandSide < 0)
        {
            return;
        }

        if (_solver is not null)
        {
            throw new InvalidOperationException("Every sum must be known before the first question.");
        }

        _sums.Add((terms, rightHandSide));
    }

    /// <summary>The least and greatest value of the hidden figure; the greatest is capped well above any small count.</summary>
    public (long Least, long Greatest) Range(string name) => (Optimise(name, minimise: true), Optimise(name, minimise: false));

    public void Dispose() => _solver?.Dispose();

    /// <summary>Whether the hidden figure could be 0, or <paramref name="smallestShown"/> or more.</summary>
    public bool Safe(string name, int smallestShown = 6)
    {
        return Optimise(name, minimise: true) == 0 || Optimise(name, minimise: false) >= smallestShown;
    }

    private long Optimise(string name, bool minimise)
    {
        if (_solver is null)
        {
            _solver = Solver.CreateSolver("CBC") ?? throw new InvalidOperationException("CBC is not available.");
            foreach (var (terms, rightHandSide) in _sums)
            {
                var constraint = _solver.MakeConstraint(rightHandSide, rightHandSide, string.Empty);
                foreach (var (n, coefficient) in terms)
                {
                    constraint.SetCoefficient(Of(n), coefficient);
                }
            }
        }

        var target = Of(name);
        var objective = _solver.Objective();
        objective.Clear();
        objective.SetCoefficient(target, 1);
        if (minimise)
        {
            objective.SetMinimization();
        }
        else
        {
            objective.SetMaximization();
        }

        var status = _solver.Solve();
        Assert.True(status == Solver.ResultStatus.OPTIMAL, $"The attacker's programme for {name} ended {status}.");
        return (long)Math.Round(target.SolutionValue());
    }

    private Variable Of(string name) =>
        _variables.TryGetValue(name, out var v) ? v : _variables[name] = _solver!.MakeIntVar(0, Ceiling, name);
}

/// <summary>A figure as the attacker sees it: its count when published, otherwise a name for the unknown.</summary>
internal sealed record Figure(string Name, long? Known);
