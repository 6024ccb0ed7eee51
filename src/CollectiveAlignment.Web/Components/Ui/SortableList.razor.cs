using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace CollectiveAlignment.Web.Components.Ui;

/// <summary>
/// A list the participant puts in order (a ranked ballot), by keyboard or with visible move buttons. Keyboard: Space
/// picks the focused item up, the arrow keys (Home, End) move it, Space drops it, Escape puts it back, Tab drops it and
/// moves on; without an item picked up the arrow keys move the focus. Every change is announced in a live region.
/// </summary>
/// <remarks>
/// Needs an interactive render mode. <see cref="ItemsChanged"/> is raised once per completed move. With
/// <see cref="AllowTies"/> each item after the first can be ranked equal to the item above it (a check box); an item that
/// is moved leaves its tie, and <see cref="RankingTiers"/> turns the order and ties into tiers.
/// </remarks>
public sealed partial class SortableList<TItem> : ComponentBase
    where TItem : notnull
{
    private readonly Dictionary<int, ElementReference> _handles = [];
    private readonly Dictionary<int, ElementReference> _upButtons = [];
    private readonly Dictionary<int, ElementReference> _downButtons = [];
    private List<TItem> _order = [];
    private IReadOnlyList<TItem>? _lastItems;
    private HashSet<TItem> _tied = [];
    private HashSet<TItem> _tiedAtPickUp = [];
    private IReadOnlyCollection<TItem>? _lastTied;
    private ElementReference _listElement;
    private IJSObjectReference? _module;
    private int? _grabbed;
    private int _origin;
    private string _announcement = "";
    private (int Index, FocusTarget Target)? _pendingFocus;

    private enum FocusTarget
    {
        Handle,
        Up,
        Down,
    }

    /// <summary>The items in their current order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<TItem> Items { get; set; } = [];

    /// <summary>Raised with the new order after each completed move (a drop that changed the order, or a button press).</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<TItem>> ItemsChanged { get; set; }

    /// <summary>How an item is shown.</summary>
    [Parameter, EditorRequired]
    public RenderFragment<TItem> ItemTemplate { get; set; } = default!;

    /// <summary>The item's name in announcements and button labels (plain text).</summary>
    [Parameter, EditorRequired]
    public Func<TItem, string> ItemLabel { get; set; } = default!;

    /// <summary>The list's accessible name, e.g. "Your ranking".</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>Whether items may be ranked equal: every item after the first gets a "same rank as the item above" check box.</summary>
    [Parameter]
    public bool AllowTies { get; set; }

    /// <summary>The items ranked equal to the item above them (with <see cref="AllowTies"/>).</summary>
    [Parameter]
    public IReadOnlyCollection<TItem>? TiedWithAbove { get; set; }

    /// <summary>Raised with the items ranked equal to the item above them whenever that set changes.</summary>
    [Parameter]
    public EventCallback<IReadOnlyCollection<TItem>> TiedWithAboveChanged { get; set; }

    /// <summary>The id of the outer element; the help text and list ids derive from it.</summary>
    [Parameter]
    public string Id { get; set; } = $"sortable-{Guid.NewGuid():N}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // A new list from the parent replaces ours, unless an item is in the air (the parent is re-rendering for another reason).
        if (_grabbed is null && !ReferenceEquals(_lastItems, Items))
        {
            _order = [.. Items];
            _lastItems = Items;
        }

        if (_grabbed is null && !ReferenceEquals(_lastTied, TiedWithAbove))
        {
            _tied = TiedWithAbove is null ? [] : [.. TiedWithAbove];
            _lastTied = TiedWithAbove;
        }
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The module only stops Space and the arrow keys from scrolling the page; Tab is left alone.
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Ui/SortableList.razor.js");
            await _module.InvokeVoidAsync("init", _listElement);
        }

        if (_pendingFocus is { } focus)
        {
            _pendingFocus = null;
            var target = focus.Target switch
            {
                FocusTarget.Up when focus.Index > 0 => _upButtons[focus.Index],
                FocusTarget.Down when focus.Index < _order.Count - 1 => _downButtons[focus.Index],
                _ => _handles[focus.Index],
            };
            await target.FocusAsync();
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.CurrentCulture);

    private int[] Ranks() => AllowTies ? RankingTiers.Ranks(_order, _tied) : [.. Enumerable.Range(1, _order.Count)];

    private async Task OnKeyDownAsync(KeyboardEventArgs e, int index)
    {
        switch (e.Key)
        {
            case " " or "Spacebar":
                await ToggleGrabAsync(index);
                break;
            case "ArrowUp":
                await StepAsync(index, -1);
                break;
            case "ArrowDown":
                await StepAsync(index, 1);
                break;
            case "Home":
                await StepAsync(index, -index);
                break;
            case "End":
                await StepAsync(index, _order.Count - 1 - index);
                break;
            case "Escape" when _grabbed is { } from:
                MoveItem(from, _origin);
                _tied = _tiedAtPickUp;
                _grabbed = null;
                Announce("Cancelled", _origin);
                _pendingFocus = (_origin, FocusTarget.Handle);
                break;
            case "Tab" when _grabbed is { } from:
                // The browser moves the focus on; taking it back would trap the keyboard in the list.
                await DropAsync(from, refocus: false);
                break;
        }
    }

    private async Task ToggleGrabAsync(int index)
    {
        if (_grabbed is { } from)
        {
            await DropAsync(from, refocus: true);
            return;
        }

        _grabbed = index;
        _origin = index;
        _tiedAtPickUp = [.. _tied];
        Announce("PickedUp", index);
    }

    private async Task DropAsync(int at, bool refocus)
    {
        _grabbed = null;
        Announce("Dropped", at);
        if (refocus)
        {
            _pendingFocus = (at, FocusTarget.Handle);
        }

        await RaiseChangesAsync(orderChanged: at != _origin, tiesChanged: !_tied.SetEquals(_tiedAtPickUp));
    }

    private Task StepAsync(int index, int delta)
    {
        var target = Math.Clamp(index + delta, 0, _order.Count - 1);
        if (_grabbed is { } from)
        {
            MoveItem(from, target);
            _grabbed = target;
            Announce("Moved", target);
        }

        _pendingFocus = (target, FocusTarget.Handle);
        return Task.CompletedTask;
    }

    private async Task MoveByButtonAsync(int index, int delta)
    {
        var target = Math.Clamp(index + delta, 0, _order.Count - 1);
        if (_grabbed is not null || target == index)
        {
            return;
        }

        var tiedBefore = _tied.Count;
        MoveItem(index, target);
        Announce("Moved", target);
        _pendingFocus = (target, delta < 0 ? FocusTarget.Up : FocusTarget.Down);
        await RaiseChangesAsync(orderChanged: true, tiesChanged: _tied.Count != tiedBefore);
    }

    private async Task ToggleTieAsync(int index, bool tied)
    {
        var item = _order[index];
        if (_grabbed is not null || index == 0 || !(tied ? _tied.Add(item) : _tied.Remove(item)))
        {
            return;
        }

        var rank = RankingTiers.Ranks(_order, _tied)[index];
        _announcement = L[tied ? "TieOn" : "TieOff", ItemLabel(item), ItemLabel(_order[index - 1]), rank];
        await TiedWithAboveChanged.InvokeAsync(_tied.ToArray());
    }

    // Copies, so what the parent keeps never changes under it with our next move.
    private async Task RaiseChangesAsync(bool orderChanged, bool tiesChanged)
    {
        if (orderChanged)
        {
            await ItemsChanged.InvokeAsync([.. _order]);
        }

        if (tiesChanged)
        {
            await TiedWithAboveChanged.InvokeAsync(_tied.ToArray());
        }
    }

    private void MoveItem(int from, int to)
    {
        var item = _order[from];
        _order.RemoveAt(from);
        _order.Insert(to, item);
        // A moved item leaves its tie; whatever is now first has nothing above to be tied with.
        _tied.Remove(item);
        _tied.Remove(_order[0]);
    }

    private void Announce(string key, int index) =>
        _announcement = L[key, ItemLabel(_order[index]), index + 1, _order.Count];
}
