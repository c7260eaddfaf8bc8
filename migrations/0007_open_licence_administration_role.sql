-- The IP administration (知识产权局/市场监管局) takes part in the open-licence workflow in a role of its own: it may
-- suspend and reinstate a published declaration, but verification and publication are the service organisations'
-- (二次核查). Transitions record that role.
ALTER TABLE open_licence_transitions DROP CONSTRAINT open_licence_transitions_actor_role_check;
ALTER TABLE open_licence_transitions ADD CONSTRAINT open_licence_transitions_actor_role_check
  CHECK (actor_role IN ('patentee', 'verifier', 'administration', 'admin', 'system'));
