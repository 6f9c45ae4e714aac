import Link from "next/link";
import type { ReactNode } from "react";
import { idleLimitSeconds } from "@/server/auth/activity";
import type { Viewer } from "@/server/auth/viewer";
import { IdleTimeout } from "../auth/idle-timeout";
import { NotificationBell } from "../notifications/notification-bell";
import { TrpcReactProvider } from "../providers/trpc";
import { Brand } from "./brand";
import { NavLink } from "./nav-link";
import { QuickExit } from "./quick-exit";
import { UserMenu } from "./user-menu";

interface NavItem {
  href: string;
  label: string;
  sections?: string[];
}

interface AppShellProps {
  viewer: Pick<Viewer, "displayName" | "role">;
  home: string;
  nav: NavItem[];
  /** Show the notifications bell: counselors, and partners who have accepted their couple's policy (admins have none). */
  notifications?: boolean;
  children: ReactNode;
}

/** Rendered in the header row on wide screens and below it on phones. */
function MainNav({ items, className }: { items: NavItem[]; className: string }) {
  return (
    <nav aria-label="Main" className={className}>
      {items.map((item) => (
        <NavLink key={item.href} href={item.href} sections={item.sections} except={items.filter((other) => other.href !== item.href && other.href.startsWith(`${item.href}/`)).map((other) => other.href)}>
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}

export function AppShell({ viewer, home, nav, notifications = false, children }: AppShellProps) {
  return (
    <TrpcReactProvider>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-4 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:px-4 focus:py-2 focus:shadow-md"
      >
        Skip to main content
      </a>
      <header className="border-b border-border bg-surface/90 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-5xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
          <Link href={home} className="shrink-0 rounded-md" aria-label="Trellis home">
            <Brand compactOnPhone={viewer.role === "partner"} />
          </Link>
          <MainNav items={nav} className="ml-2 hidden items-center gap-1 sm:flex" />
          <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
            {viewer.role === "partner" ? <QuickExit /> : null}
            {notifications ? <NotificationBell /> : null}
            <UserMenu displayName={viewer.displayName} role={viewer.role} />
          </div>
        </div>
        <MainNav items={nav} className="mx-auto flex max-w-5xl flex-wrap gap-1 px-4 pb-2 sm:hidden" />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-8 outline-none sm:px-6 sm:py-10">
        {children}
      </main>
      <IdleTimeout idleSeconds={idleLimitSeconds(viewer.role)} isPartner={viewer.role === "partner"} />
    </TrpcReactProvider>
  );
}
