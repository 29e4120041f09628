-- A council's user asks the action tracker for its own team's cohorts (team = ?, cohort between two months):
-- the (cohort, team) index reads every team's actions of those months first. An index led by the team
-- reads only the team's own. Both copies of the table (blue/green, V8).
CREATE INDEX action_version_a_team_ix ON action_version_a (team, cohort);
CREATE INDEX action_version_b_team_ix ON action_version_b (team, cohort);
