import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Stack p="md">
      <Title order={1}>Page not found</Title>
      <Text>There is no page at this address.</Text>
      <Anchor component={Link} to="/app">
        Go to the home page
      </Anchor>
    </Stack>
  );
}

/** A page this role does not use (an administrator on the dashboard, a lead on the committee view). */
export function NotForYourRolePage() {
  usePageTitle('Not available to your role');
  return (
    <Stack p="md">
      <Title order={1}>Not available to your role</Title>
      <Text>This page is for other roles. The navigation lists the pages you can use.</Text>
      <Anchor component={Link} to="/app">
        Go to your home page
      </Anchor>
    </Stack>
  );
}
