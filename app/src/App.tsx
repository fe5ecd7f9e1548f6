import { useState, type ReactNode } from "react";
import { clearSession, readSession, type Session } from "./session.ts";
import { match, navigate, useHashPath } from "./router.ts";
import { SignIn } from "./pages/SignIn.tsx";
import { OrdersList } from "./pages/OrdersList.tsx";
import { OrderDetail } from "./pages/OrderDetail.tsx";
import { NewOrder } from "./pages/NewOrder.tsx";
import { Searches } from "./pages/Searches.tsx";
import { SearchDetail } from "./pages/SearchDetail.tsx";
import { Blacklists } from "./pages/Blacklists.tsx";
import { BlacklistDetail } from "./pages/BlacklistDetail.tsx";
import { Deliveries } from "./pages/Deliveries.tsx";
import { Inbox } from "./pages/Inbox.tsx";
import { ReviewQueue } from "./pages/ReviewQueue.tsx";
import { Organizations } from "./pages/Organizations.tsx";
import { OrganizationDetail } from "./pages/OrganizationDetail.tsx";
import { Imports } from "./pages/Imports.tsx";
import { Privacy } from "./pages/Privacy.tsx";
import { Metrics } from "./pages/Metrics.tsx";

interface Route {
  pattern: string;
  render: (params: Record<string, string>, path: string) => ReactNode;
}

const CLIENT_ROUTES: Route[] = [
  { pattern: "/orders", render: () => <OrdersList /> },
  { pattern: "/orders/new", render: () => <NewOrder /> },
  { pattern: "/orders/:id", render: (p) => <OrderDetail orderId={p.id} /> },
  { pattern: "/searches", render: () => <Searches /> },
  { pattern: "/searches/:id", render: (p) => <SearchDetail searchId={p.id} /> },
  { pattern: "/blacklists", render: () => <Blacklists /> },
  { pattern: "/blacklists/:id", render: (p) => <BlacklistDetail blacklistId={p.id} /> },
  { pattern: "/deliveries", render: (_p, path) => <Deliveries path={path} /> },
  { pattern: "/inbox", render: (_p, path) => <Inbox path={path} /> },
];

const OPERATOR_ROUTES: Route[] = [
  { pattern: "/review", render: () => <ReviewQueue /> },
  { pattern: "/organizations", render: () => <Organizations /> },
  { pattern: "/organizations/:id", render: (p) => <OrganizationDetail orgId={p.id} /> },
  { pattern: "/imports", render: () => <Imports /> },
  { pattern: "/privacy", render: () => <Privacy /> },
  { pattern: "/metrics", render: () => <Metrics /> },
];

const CLIENT_NAV = [
  ["/orders", "Orders"],
  ["/orders/new", "New order"],
  ["/searches", "Prospect searches"],
  ["/inbox", "Lead inbox"],
  ["/blacklists", "Blacklists"],
  ["/deliveries", "Deliveries"],
] as const;

const OPERATOR_NAV = [
  ["/review", "Review queue"],
  ["/organizations", "Organizations & keys"],
  ["/imports", "Company imports"],
  ["/privacy", "Erasure & suppression"],
  ["/metrics", "Metrics & webhook health"],
] as const;

export function App() {
  const [session, setSession] = useState<Session | null>(readSession());
  const path = useHashPath();

  if (!session) return <SignIn onSignedIn={(s) => { setSession(s); navigate(s.role === "operator" ? "/review" : "/orders"); }} />;

  const routes = session.role === "operator" ? OPERATOR_ROUTES : CLIENT_ROUTES;
  const nav = session.role === "operator" ? OPERATOR_NAV : CLIENT_NAV;
  const found = routes.map((r) => ({ r, params: match(r.pattern, path) })).find((x) => x.params !== null);
  const signOut = () => {
    clearSession();
    setSession(null);
    navigate("/");
  };
  const current = (href: string) => path.split("?")[0] === href;

  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>
        Skip to content
      </a>
      <header className="top">
        <span className="brand">OpenProspect</span>
        <span className="who">{session.role === "operator" ? "Operator" : "Organization"} key</span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav className="main-nav" aria-label="Main">
        <ul>
          {nav.map(([href, label]) => (
            <li key={href}>
              <a href={`#${href}`} aria-current={current(href) ? "page" : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} key={path}>
        {found ? found.r.render(found.params!, path) : <Home onGo={() => navigate(nav[0][0])} />}
      </main>
    </>
  );
}

function Home({ onGo }: { onGo: () => void }) {
  return (
    <>
      <h1>Welcome</h1>
      <p>
        <button type="button" onClick={onGo}>
          Open the dashboard
        </button>
      </p>
    </>
  );
}
