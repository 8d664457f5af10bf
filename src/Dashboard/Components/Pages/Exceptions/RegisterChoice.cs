namespace Safeguarding.Analytics.Dashboard.Components.Pages.Exceptions;

/// <summary>One choice in a register filter: the value in the address and the words shown.</summary>
public sealed record RegisterChoice(string Value, string Text);
